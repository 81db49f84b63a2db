// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.035324642711) q[0];
ry(pi*-0.00295674146) q[1];
ry(pi*-0.001083351601) q[2];
ry(pi*-0.493993583503) q[3];
ry(pi*-0.391838921656) q[4];
ry(pi*0.436010286255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051278978029) q[0];
ry(pi*0.351854690691) q[1];
ry(pi*-0.151988300701) q[2];
ry(pi*-0.034321287922) q[3];
ry(pi*0.014877807385) q[4];
ry(pi*-0.0435621639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.172880568711) q[0];
ry(pi*0.007566481191) q[1];
ry(pi*0.460067806223) q[2];
ry(pi*-0.018488411391) q[3];
ry(pi*-0.126988062846) q[4];
ry(pi*0.008052595003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077364893426) q[0];
ry(pi*0.499548158955) q[1];
ry(pi*-0.453855825064) q[2];
ry(pi*0.507068083394) q[3];
ry(pi*0.005954117209) q[4];
ry(pi*0.442430436402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014777084624) q[0];
ry(pi*-0.123610363546) q[1];
ry(pi*-0.52879958244) q[2];
ry(pi*-0.400080986818) q[3];
ry(pi*-0.233619676535) q[4];
ry(pi*0.002173256952) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
