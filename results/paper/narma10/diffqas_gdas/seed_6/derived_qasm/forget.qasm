// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.000229862731) q[0];
rz(pi*0.001585335376) q[1];
rz(pi*6.527371e-05) q[2];
rz(pi*-0.006129066101) q[3];
rz(pi*-0.000220554042) q[4];
rz(pi*-0.001329764905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001119308071) q[0];
rz(pi*0.000780724788) q[1];
rz(pi*-0.001796815108) q[2];
rz(pi*0.003906694782) q[3];
rz(pi*-0.000539539921) q[4];
rz(pi*0.000535546677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001056874391) q[0];
rz(pi*-0.000545314714) q[1];
rz(pi*0.002069548949) q[2];
rz(pi*0.002417513144) q[3];
rz(pi*0.002017284958) q[4];
rz(pi*-0.002265371569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00290305807) q[0];
rz(pi*-0.001961703256) q[1];
rz(pi*-2.1643977e-05) q[2];
rz(pi*-0.006016691703) q[3];
rz(pi*-0.00275249657) q[4];
rz(pi*-0.003733859276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002219199461) q[0];
rz(pi*-0.003016830227) q[1];
rz(pi*0.002522583035) q[2];
rz(pi*0.001350802125) q[3];
rz(pi*0.002978022064) q[4];
rz(pi*-0.003227449367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
