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
ry(pi*0.097834700007) q[0];
ry(pi*0.024120694474) q[1];
ry(pi*0.047433235274) q[2];
ry(pi*0.039875270475) q[3];
ry(pi*-0.057946741506) q[4];
ry(pi*-0.000949265635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081825315261) q[0];
ry(pi*-0.013765023716) q[1];
ry(pi*-0.030827053263) q[2];
ry(pi*-0.002237569824) q[3];
ry(pi*-0.00159501711) q[4];
ry(pi*0.002735912017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090271214138) q[0];
ry(pi*0.031440918886) q[1];
ry(pi*0.013269742509) q[2];
ry(pi*-0.034641984276) q[3];
ry(pi*-0.000358154191) q[4];
ry(pi*-0.003501882455) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087989181532) q[0];
ry(pi*-0.012491916772) q[1];
ry(pi*-0.026528302954) q[2];
ry(pi*-0.018287513709) q[3];
ry(pi*-0.005607123441) q[4];
ry(pi*-0.001102255054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094462426913) q[0];
ry(pi*0.042252977905) q[1];
ry(pi*0.047406929559) q[2];
ry(pi*0.037307916203) q[3];
ry(pi*0.020800793279) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
