// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002074713983) q[0];
rz(pi*-0.00055614115) q[1];
rz(pi*0.005295799624) q[2];
rz(pi*0.002098134506) q[3];
rz(pi*-0.005224728304) q[4];
rz(pi*-1.6560507e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001984544814) q[0];
rz(pi*0.000473110514) q[1];
rz(pi*-0.005119018676) q[2];
rz(pi*0.00076958571) q[3];
rz(pi*0.000749242626) q[4];
rz(pi*0.005015375891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001007914696) q[0];
rz(pi*0.001625122858) q[1];
rz(pi*-0.004752735255) q[2];
rz(pi*0.007170661649) q[3];
rz(pi*-0.006097686955) q[4];
rz(pi*0.003507146207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001050114904) q[0];
rz(pi*-0.002803183155) q[1];
rz(pi*-0.002089017804) q[2];
rz(pi*-0.002139086886) q[3];
rz(pi*0.001210182418) q[4];
rz(pi*-0.000350324857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004719172761) q[0];
rz(pi*-0.005823808228) q[1];
rz(pi*-9.805717e-06) q[2];
rz(pi*-0.002839500848) q[3];
rz(pi*0.002469677231) q[4];
rz(pi*-0.006741993759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
