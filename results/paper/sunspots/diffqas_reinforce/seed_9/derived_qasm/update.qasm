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
ry(pi*0.149634608026) q[0];
ry(pi*0.402278524293) q[1];
ry(pi*-0.011148538327) q[2];
ry(pi*-0.395134336148) q[3];
ry(pi*0.168232871627) q[4];
ry(pi*-0.020500758247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032570916766) q[0];
ry(pi*-0.095295093378) q[1];
ry(pi*-0.013974658348) q[2];
ry(pi*-0.015624694499) q[3];
ry(pi*-0.040753296036) q[4];
ry(pi*-0.007762823042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.115612553538) q[0];
ry(pi*0.488024339678) q[1];
ry(pi*-0.495722797674) q[2];
ry(pi*0.418649614987) q[3];
ry(pi*-0.001662670074) q[4];
ry(pi*-0.002705933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047939817124) q[0];
ry(pi*-0.058180784579) q[1];
ry(pi*-0.147103121733) q[2];
ry(pi*-0.070056467691) q[3];
ry(pi*0.228140726455) q[4];
ry(pi*0.501617782164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01229361717) q[0];
ry(pi*0.411889928547) q[1];
ry(pi*0.029506896276) q[2];
ry(pi*-0.001836579764) q[3];
ry(pi*0.00250372857) q[4];
ry(pi*0.004426466842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
