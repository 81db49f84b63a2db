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
rx(pi*0.059905412087) q[0];
rx(pi*0.070890229832) q[1];
rx(pi*0.003392507825) q[2];
rx(pi*-0.001051316487) q[3];
rx(pi*0.005611012854) q[4];
rx(pi*-0.001097514387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.159306023082) q[0];
rx(pi*0.071872282968) q[1];
rx(pi*0.001900005363) q[2];
rx(pi*0.000594335625) q[3];
rx(pi*0.004364939704) q[4];
rx(pi*-0.001761379351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.061306625396) q[0];
rx(pi*0.079428848527) q[1];
rx(pi*-0.000856705973) q[2];
rx(pi*0.001695601873) q[3];
rx(pi*0.005003657848) q[4];
rx(pi*0.001761603022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158355829932) q[0];
rx(pi*0.066642203164) q[1];
rx(pi*0.00752615758) q[2];
rx(pi*0.001369597448) q[3];
rx(pi*0.004012388699) q[4];
rx(pi*-0.001516250858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06552011692) q[0];
rx(pi*0.074913718774) q[1];
rx(pi*6.6914496e-05) q[2];
rx(pi*-0.002870570797) q[3];
rx(pi*0.001172034226) q[4];
rx(pi*-0.001548689217) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
