// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.066395491039) q[0];
rx(pi*0.08061597335) q[1];
rx(pi*0.003486915625) q[2];
rx(pi*0.001674938327) q[3];
rx(pi*-0.001886231) q[4];
rx(pi*0.002260888665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153393925173) q[0];
rx(pi*0.075502016248) q[1];
rx(pi*0.006435303443) q[2];
rx(pi*-0.001112572152) q[3];
rx(pi*-0.001938199134) q[4];
rx(pi*0.00107856491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060220198431) q[0];
rx(pi*0.076906194048) q[1];
rx(pi*-0.00162238515) q[2];
rx(pi*-0.001654025468) q[3];
rx(pi*0.000228650013) q[4];
rx(pi*0.003572987274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153502610558) q[0];
rx(pi*0.082764010926) q[1];
rx(pi*0.001882949159) q[2];
rx(pi*-0.003450953671) q[3];
rx(pi*0.000727461689) q[4];
rx(pi*-0.003000495877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068393501612) q[0];
rx(pi*0.082662933613) q[1];
rx(pi*2.0451323e-05) q[2];
rx(pi*-0.004264457067) q[3];
rx(pi*0.000369377312) q[4];
rx(pi*-0.002441523601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
