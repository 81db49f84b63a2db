// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.00674180166) q[0];
rz(pi*-0.00353926025) q[1];
rz(pi*-0.001201645868) q[2];
rz(pi*0.00650259385) q[3];
rz(pi*0.002058831125) q[4];
rz(pi*0.002110836612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001635969637) q[0];
rz(pi*-0.005245878767) q[1];
rz(pi*0.000533250233) q[2];
rz(pi*0.000347046425) q[3];
rz(pi*-0.003906584207) q[4];
rz(pi*-0.002174680353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00022916652) q[0];
rz(pi*-0.003007171023) q[1];
rz(pi*-0.000312732247) q[2];
rz(pi*0.000303909808) q[3];
rz(pi*0.000113345816) q[4];
rz(pi*-0.001611601959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001889997683) q[0];
rz(pi*0.00283661699) q[1];
rz(pi*0.001021270918) q[2];
rz(pi*-0.00260461586) q[3];
rz(pi*0.002328946431) q[4];
rz(pi*-0.001596194902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00279841388) q[0];
rz(pi*-0.003411586702) q[1];
rz(pi*0.002910858241) q[2];
rz(pi*-6.3874469e-05) q[3];
rz(pi*-0.003974882245) q[4];
rz(pi*-0.000999147879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
