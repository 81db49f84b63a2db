// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012814572062) q[0];
ry(pi*-0.061594256994) q[1];
ry(pi*-0.005013361815) q[2];
ry(pi*-0.38131785004) q[3];
ry(pi*0.080749920949) q[4];
ry(pi*0.262863719621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044650715813) q[0];
ry(pi*-0.009395149912) q[1];
ry(pi*0.25322748004) q[2];
ry(pi*0.251107844668) q[3];
ry(pi*-0.294109615263) q[4];
ry(pi*0.262030493461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.462836802858) q[0];
ry(pi*0.490751368595) q[1];
ry(pi*-0.484003331423) q[2];
ry(pi*0.48100586496) q[3];
ry(pi*0.47372837429) q[4];
ry(pi*-0.438527324801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043660371586) q[0];
ry(pi*0.255366941934) q[1];
ry(pi*0.25063908499) q[2];
ry(pi*-0.302522245427) q[3];
ry(pi*0.259909529996) q[4];
ry(pi*0.038479047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009620296544) q[0];
ry(pi*-0.381140454849) q[1];
ry(pi*0.084246911399) q[2];
ry(pi*0.2627937671) q[3];
ry(pi*-0.011964735261) q[4];
ry(pi*0.004094857897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
