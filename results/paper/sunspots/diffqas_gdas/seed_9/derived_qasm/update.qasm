// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030423789883) q[0];
ry(pi*-0.1109912096) q[1];
ry(pi*-0.033824140271) q[2];
ry(pi*-0.01490542459) q[3];
ry(pi*0.0068422256) q[4];
ry(pi*0.025162514138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104603749497) q[0];
ry(pi*0.003759104296) q[1];
ry(pi*-0.241607279205) q[2];
ry(pi*-0.02512819718) q[3];
ry(pi*0.550116868458) q[4];
ry(pi*-0.71993571001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021310522234) q[0];
ry(pi*-0.056391730362) q[1];
ry(pi*-0.312345973701) q[2];
ry(pi*0.482721987934) q[3];
ry(pi*-0.474896867875) q[4];
ry(pi*-0.707172590854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08135407964) q[0];
ry(pi*0.201878269642) q[1];
ry(pi*0.133865797721) q[2];
ry(pi*-0.539229508976) q[3];
ry(pi*-0.013823451478) q[4];
ry(pi*-0.449282064777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041979993268) q[0];
ry(pi*0.008852630713) q[1];
ry(pi*-0.003464532526) q[2];
ry(pi*0.128115954751) q[3];
ry(pi*-0.006832214511) q[4];
ry(pi*0.004423870837) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
