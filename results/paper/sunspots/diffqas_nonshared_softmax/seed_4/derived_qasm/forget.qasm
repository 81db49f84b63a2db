// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.123673779955) q[0];
ry(pi*0.315380512913) q[1];
ry(pi*-0.049813968857) q[2];
ry(pi*-0.116854272442) q[3];
ry(pi*-0.292363761992) q[4];
ry(pi*0.262638475161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012649314686) q[0];
ry(pi*0.345417313289) q[1];
ry(pi*-0.494365145794) q[2];
ry(pi*0.624083643165) q[3];
ry(pi*-0.333591258141) q[4];
ry(pi*-0.141920440596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042220359008) q[0];
ry(pi*-0.119350886825) q[1];
ry(pi*0.063984306196) q[2];
ry(pi*0.181280676862) q[3];
ry(pi*0.30516300526) q[4];
ry(pi*0.219711210546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.034552062939) q[0];
ry(pi*0.101417513681) q[1];
ry(pi*0.296913161271) q[2];
ry(pi*-0.210963369875) q[3];
ry(pi*-0.155794954853) q[4];
ry(pi*-0.041773436964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.076798125277) q[0];
ry(pi*0.066559406093) q[1];
ry(pi*0.254301166805) q[2];
ry(pi*0.053038633973) q[3];
ry(pi*-0.367238098085) q[4];
ry(pi*-0.005811188979) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
