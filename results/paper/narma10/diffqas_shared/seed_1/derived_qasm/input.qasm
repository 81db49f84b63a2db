// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00206912473) q[0];
rz(pi*0.005214496657) q[1];
rz(pi*0.003487637775) q[2];
rz(pi*-0.00051460017) q[3];
rz(pi*0.00169698629) q[4];
rz(pi*-0.00022433375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004020766353) q[0];
rz(pi*-0.001854924929) q[1];
rz(pi*-0.003843765143) q[2];
rz(pi*-0.000517018343) q[3];
rz(pi*0.002190711287) q[4];
rz(pi*0.004112308378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000579597691) q[0];
rz(pi*9.4448524e-05) q[1];
rz(pi*0.000888214668) q[2];
rz(pi*0.000153551014) q[3];
rz(pi*0.003983151695) q[4];
rz(pi*0.001125211189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002282407318) q[0];
rz(pi*-0.002788072547) q[1];
rz(pi*-0.006151988145) q[2];
rz(pi*0.000778395068) q[3];
rz(pi*0.002707244788) q[4];
rz(pi*0.00254708367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001104996764) q[0];
rz(pi*-0.00171775137) q[1];
rz(pi*0.002796273517) q[2];
rz(pi*-0.001084239615) q[3];
rz(pi*0.005187606344) q[4];
rz(pi*-0.000412204066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
