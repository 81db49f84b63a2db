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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021142402345) q[0];
rx(pi*0.173943023609) q[1];
rx(pi*0.127457315814) q[2];
rx(pi*-0.017291453942) q[3];
rx(pi*-0.09457471712) q[4];
rx(pi*0.000786658589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.214577450638) q[0];
rx(pi*0.122663462168) q[1];
rx(pi*0.013407553433) q[2];
rx(pi*-0.033725112014) q[3];
rx(pi*-0.10645123029) q[4];
rx(pi*-0.002247395336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.105416513549) q[0];
rx(pi*0.040102801152) q[1];
rx(pi*0.082025790799) q[2];
rx(pi*-0.010793779962) q[3];
rx(pi*-0.091167183175) q[4];
rx(pi*-0.000817646125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.273883584774) q[0];
rx(pi*0.131556197713) q[1];
rx(pi*0.025165869942) q[2];
rx(pi*-0.019373594421) q[3];
rx(pi*-0.10856221409) q[4];
rx(pi*0.005222309279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079387516396) q[0];
rx(pi*0.040401721535) q[1];
rx(pi*0.124314337863) q[2];
rx(pi*-0.019176607497) q[3];
rx(pi*-0.08924708419) q[4];
rx(pi*-0.002781301944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
