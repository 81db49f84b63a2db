// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.003786201826) q[0];
rx(pi*0.007740164245) q[1];
rx(pi*-0.00489578918) q[2];
rx(pi*0.002733196246) q[3];
rx(pi*0.001812716939) q[4];
rx(pi*-0.000737335077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005449073931) q[0];
rx(pi*-0.000652153443) q[1];
rx(pi*0.004084417846) q[2];
rx(pi*0.002710588142) q[3];
rx(pi*0.002738304362) q[4];
rx(pi*0.00475078877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000820579268) q[0];
rx(pi*0.000629117118) q[1];
rx(pi*0.002778046339) q[2];
rx(pi*0.00219563264) q[3];
rx(pi*0.004386391359) q[4];
rx(pi*0.00151889059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001064245303) q[0];
rx(pi*0.004076650878) q[1];
rx(pi*-2.040293e-05) q[2];
rx(pi*-0.003474116728) q[3];
rx(pi*-0.000106998209) q[4];
rx(pi*0.00031871574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002873958026) q[0];
rx(pi*0.0029350313) q[1];
rx(pi*-0.001592677533) q[2];
rx(pi*0.000722895112) q[3];
rx(pi*-0.00094916121) q[4];
rx(pi*-0.001571953363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
