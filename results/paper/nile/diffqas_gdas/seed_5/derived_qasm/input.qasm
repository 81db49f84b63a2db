// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-2.4678595e-05) q[0];
rz(pi*-0.0024704563) q[1];
rz(pi*-0.002722842462) q[2];
rz(pi*0.000186734748) q[3];
rz(pi*-0.002516188329) q[4];
rz(pi*-0.006335784267) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005879448182) q[0];
rz(pi*0.002421370392) q[1];
rz(pi*0.002500042818) q[2];
rz(pi*0.00152400671) q[3];
rz(pi*3.8388319e-05) q[4];
rz(pi*0.001102271877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001471319241) q[0];
rz(pi*0.000700026207) q[1];
rz(pi*-0.002618326634) q[2];
rz(pi*-0.002428370002) q[3];
rz(pi*-0.003758241036) q[4];
rz(pi*0.000393745027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003241618156) q[0];
rz(pi*-0.000589396004) q[1];
rz(pi*0.004105148834) q[2];
rz(pi*-0.001275680716) q[3];
rz(pi*0.003016644353) q[4];
rz(pi*0.004891371791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005876750494) q[0];
rz(pi*-0.004631621238) q[1];
rz(pi*0.001443907327) q[2];
rz(pi*-0.002315875541) q[3];
rz(pi*0.001647149181) q[4];
rz(pi*0.002199187362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
