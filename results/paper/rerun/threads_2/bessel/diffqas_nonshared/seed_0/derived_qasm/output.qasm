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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042324272748) q[0];
ry(pi*-0.00236417156) q[1];
ry(pi*-0.001368072068) q[2];
ry(pi*0.001566779139) q[3];
ry(pi*0.042693254745) q[4];
ry(pi*-0.012869112783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001909155267) q[0];
ry(pi*0.003416229096) q[1];
ry(pi*-0.002680802707) q[2];
ry(pi*0.010318458085) q[3];
ry(pi*-0.003688619056) q[4];
ry(pi*-0.005644015949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031570362829) q[0];
ry(pi*0.006750308566) q[1];
ry(pi*-0.263165538092) q[2];
ry(pi*-0.007145143897) q[3];
ry(pi*-0.048262799694) q[4];
ry(pi*0.00428385018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.258043408478) q[0];
ry(pi*-0.049610106683) q[1];
ry(pi*-0.017604829187) q[2];
ry(pi*-0.009721386901) q[3];
ry(pi*-0.009669534975) q[4];
ry(pi*-0.002657670481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180906116877) q[0];
ry(pi*-0.352736354276) q[1];
ry(pi*-0.275688405344) q[2];
ry(pi*-0.507441998306) q[3];
ry(pi*-0.386874702221) q[4];
ry(pi*0.001543085438) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
