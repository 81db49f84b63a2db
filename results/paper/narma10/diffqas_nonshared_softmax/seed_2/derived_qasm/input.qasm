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
ry(pi*0.088165409899) q[0];
ry(pi*0.025054153661) q[1];
ry(pi*0.04012997487) q[2];
ry(pi*0.039892421839) q[3];
ry(pi*-0.053862022764) q[4];
ry(pi*0.002794174657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082660467155) q[0];
ry(pi*0.004435442731) q[1];
ry(pi*-0.020683086352) q[2];
ry(pi*-0.000974572538) q[3];
ry(pi*0.000801254783) q[4];
ry(pi*-0.003671218082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085948017444) q[0];
ry(pi*0.027743189651) q[1];
ry(pi*0.020937956759) q[2];
ry(pi*-0.025858835322) q[3];
ry(pi*0.004160347079) q[4];
ry(pi*-0.00452388034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084613142348) q[0];
ry(pi*0.003921741061) q[1];
ry(pi*-0.017590964851) q[2];
ry(pi*-0.007949574762) q[3];
ry(pi*-0.007251423893) q[4];
ry(pi*0.004546251581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086447057627) q[0];
ry(pi*0.031388798377) q[1];
ry(pi*0.029306665012) q[2];
ry(pi*0.03693048659) q[3];
ry(pi*0.019913442613) q[4];
ry(pi*0.000514981441) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
