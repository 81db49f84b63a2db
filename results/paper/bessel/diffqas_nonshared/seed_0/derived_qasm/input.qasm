// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01267381799) q[0];
ry(pi*-0.287582174227) q[1];
ry(pi*0.01178126049) q[2];
ry(pi*0.50653388671) q[3];
ry(pi*-0.01058600703) q[4];
ry(pi*0.111066389112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008103398093) q[0];
ry(pi*0.097500495056) q[1];
ry(pi*0.085256954082) q[2];
ry(pi*-0.075291357087) q[3];
ry(pi*-0.454200028652) q[4];
ry(pi*0.470313355596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.216986534249) q[0];
ry(pi*0.50251519313) q[1];
ry(pi*-0.464791299434) q[2];
ry(pi*-0.503848066601) q[3];
ry(pi*-0.457312583803) q[4];
ry(pi*0.211360526403) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007373135255) q[0];
ry(pi*-0.061258206943) q[1];
ry(pi*-0.075584808576) q[2];
ry(pi*-0.439271435965) q[3];
ry(pi*-0.325668011031) q[4];
ry(pi*-0.29840732207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.064437422843) q[0];
ry(pi*-0.040057959063) q[1];
ry(pi*-0.004283872414) q[2];
ry(pi*-0.081642560269) q[3];
ry(pi*-0.159767724897) q[4];
ry(pi*-0.002106262846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
