// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rx(pi*0.009295746943) q[0];
rx(pi*0.003477578661) q[1];
rx(pi*0.028957089764) q[2];
rx(pi*-0.010110273682) q[3];
rx(pi*-0.004402862373) q[4];
rx(pi*0.006375832773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.026864900843) q[0];
rx(pi*-0.018299282742) q[1];
rx(pi*0.003387654063) q[2];
rx(pi*-0.010226346581) q[3];
rx(pi*0.02530615681) q[4];
rx(pi*-0.002310134358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.010962733466) q[0];
rx(pi*0.008629694999) q[1];
rx(pi*0.008922445682) q[2];
rx(pi*0.015290465833) q[3];
rx(pi*-0.001683371417) q[4];
rx(pi*0.011764879894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.016249770645) q[0];
rx(pi*-0.013990299007) q[1];
rx(pi*0.018046141227) q[2];
rx(pi*0.027509179781) q[3];
rx(pi*0.012531972985) q[4];
rx(pi*0.004314734256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002947552128) q[0];
rx(pi*-0.000386997844) q[1];
rx(pi*-0.002165448333) q[2];
rx(pi*-0.007672909412) q[3];
rx(pi*0.004009576286) q[4];
rx(pi*-0.000213473557) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
