// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.021627950532) q[0];
ry(pi*-0.110979000637) q[1];
ry(pi*0.012237877609) q[2];
ry(pi*0.133832766168) q[3];
ry(pi*0.16669218965) q[4];
ry(pi*-0.0624846433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02305605771) q[0];
ry(pi*0.409783156698) q[1];
ry(pi*-0.043747916587) q[2];
ry(pi*0.197826221971) q[3];
ry(pi*-0.06965500435) q[4];
ry(pi*0.017634557111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.286788885701) q[0];
ry(pi*-0.440131091163) q[1];
ry(pi*0.118860412838) q[2];
ry(pi*-0.221768558387) q[3];
ry(pi*-0.075502130084) q[4];
ry(pi*0.055555070134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.264153031664) q[0];
ry(pi*-0.092870546977) q[1];
ry(pi*-0.893315432741) q[2];
ry(pi*0.007850684058) q[3];
ry(pi*-0.153012553971) q[4];
ry(pi*0.101265134058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.266775008477) q[0];
ry(pi*0.062651242997) q[1];
ry(pi*0.272211269874) q[2];
ry(pi*-0.182146384367) q[3];
ry(pi*-0.330048628746) q[4];
ry(pi*0.006241324292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
