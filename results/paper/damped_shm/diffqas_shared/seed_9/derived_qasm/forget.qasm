// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.01648615448) q[0];
rx(pi*0.108331382155) q[1];
rx(pi*0.001481280972) q[2];
rx(pi*-0.061267015042) q[3];
rx(pi*-0.004372586907) q[4];
rx(pi*-0.004189034763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.110136952148) q[0];
rx(pi*0.041731345923) q[1];
rx(pi*-0.073174278292) q[2];
rx(pi*-0.073334261244) q[3];
rx(pi*-0.004707016862) q[4];
rx(pi*-0.000989659504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.169246111217) q[0];
rx(pi*0.043389962499) q[1];
rx(pi*-0.00277505161) q[2];
rx(pi*-0.060609372175) q[3];
rx(pi*-0.016122614104) q[4];
rx(pi*-0.002057688017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.111431880124) q[0];
rx(pi*0.099607836088) q[1];
rx(pi*-0.064074630705) q[2];
rx(pi*-0.072690662954) q[3];
rx(pi*0.000676307159) q[4];
rx(pi*0.000192788463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.085386424112) q[0];
rx(pi*0.106077543052) q[1];
rx(pi*-0.000774133537) q[2];
rx(pi*-0.058115110413) q[3];
rx(pi*-0.007683562017) q[4];
rx(pi*-0.002977935798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
