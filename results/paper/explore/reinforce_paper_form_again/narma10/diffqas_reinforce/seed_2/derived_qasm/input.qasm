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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.001030458841) q[0];
rx(pi*-0.001177367643) q[1];
rx(pi*0.001637021291) q[2];
rx(pi*-0.002876708185) q[3];
rx(pi*0.001404206704) q[4];
rx(pi*-0.001259485994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000164920961) q[0];
rx(pi*0.003793991622) q[1];
rx(pi*-0.001104198945) q[2];
rx(pi*0.004090890221) q[3];
rx(pi*0.004265953246) q[4];
rx(pi*-0.00244977556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006842713555) q[0];
rx(pi*-0.000516785334) q[1];
rx(pi*0.00472387741) q[2];
rx(pi*0.009440602686) q[3];
rx(pi*-0.001881438751) q[4];
rx(pi*0.00655586814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003687235231) q[0];
rx(pi*-0.000649006709) q[1];
rx(pi*0.000314285789) q[2];
rx(pi*7.4820707e-05) q[3];
rx(pi*-0.001345439655) q[4];
rx(pi*0.003219425081) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001429635225) q[0];
rx(pi*-0.000106221791) q[1];
rx(pi*0.001213651096) q[2];
rx(pi*0.002776261122) q[3];
rx(pi*0.003591373348) q[4];
rx(pi*-0.004733818537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
