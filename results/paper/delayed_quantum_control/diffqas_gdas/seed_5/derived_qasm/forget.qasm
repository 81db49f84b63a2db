// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.002247822222) q[0];
rz(pi*-0.002273621454) q[1];
rz(pi*-0.000142130152) q[2];
rz(pi*-0.001049596267) q[3];
rz(pi*0.002772924587) q[4];
rz(pi*-0.004221450888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000539548037) q[0];
rz(pi*0.005918997467) q[1];
rz(pi*0.000123814873) q[2];
rz(pi*0.003815115701) q[3];
rz(pi*0.003618736497) q[4];
rz(pi*0.004190975912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002349558839) q[0];
rz(pi*-0.00439412809) q[1];
rz(pi*-0.000851018966) q[2];
rz(pi*-0.001210492949) q[3];
rz(pi*-0.004930035286) q[4];
rz(pi*-0.001476546085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003979203288) q[0];
rz(pi*-0.005301604099) q[1];
rz(pi*0.000671401222) q[2];
rz(pi*-0.000138712047) q[3];
rz(pi*-0.002189331316) q[4];
rz(pi*-0.003025722517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001722963095) q[0];
rz(pi*-0.001254262707) q[1];
rz(pi*-0.00129895924) q[2];
rz(pi*-0.000167766484) q[3];
rz(pi*-0.001386364317) q[4];
rz(pi*0.001231764289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
