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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000282141063) q[0];
ry(pi*0.154342325398) q[1];
ry(pi*0.076770391863) q[2];
ry(pi*-0.505574890205) q[3];
ry(pi*-0.980978482226) q[4];
ry(pi*-0.003742784768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.137430207831) q[0];
ry(pi*0.525127672742) q[1];
ry(pi*0.009024115893) q[2];
ry(pi*0.017335599968) q[3];
ry(pi*0.00511695954) q[4];
ry(pi*-0.000113038297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000820888835) q[0];
ry(pi*0.016066249628) q[1];
ry(pi*-0.030159580141) q[2];
ry(pi*0.510775661858) q[3];
ry(pi*-0.001097361641) q[4];
ry(pi*0.001312835878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.054759158625) q[0];
ry(pi*0.482672127553) q[1];
ry(pi*-0.100185195773) q[2];
ry(pi*-0.167943214688) q[3];
ry(pi*-0.016498298224) q[4];
ry(pi*-2.7354047e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012607026803) q[0];
ry(pi*0.019725227027) q[1];
ry(pi*-0.554488493091) q[2];
ry(pi*-0.339780472003) q[3];
ry(pi*0.492434706662) q[4];
ry(pi*-0.005563576242) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
