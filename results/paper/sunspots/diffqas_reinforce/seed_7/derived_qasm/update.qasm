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
ry(pi*-0.01328966508) q[0];
ry(pi*0.029578786389) q[1];
ry(pi*0.213920652058) q[2];
ry(pi*0.219473178453) q[3];
ry(pi*-0.024449933308) q[4];
ry(pi*0.037167204819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.205986685346) q[0];
ry(pi*0.242204465411) q[1];
ry(pi*-0.025176667807) q[2];
ry(pi*0.327293064817) q[3];
ry(pi*-0.020986311178) q[4];
ry(pi*0.006306128676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107414647445) q[0];
ry(pi*0.125629680515) q[1];
ry(pi*-0.009546381091) q[2];
ry(pi*0.218471170729) q[3];
ry(pi*0.30855817846) q[4];
ry(pi*0.467925028171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061437665421) q[0];
ry(pi*0.263213539143) q[1];
ry(pi*0.399547586989) q[2];
ry(pi*0.002032296107) q[3];
ry(pi*0.479544128587) q[4];
ry(pi*0.442307948343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.085968024206) q[0];
ry(pi*0.017137077437) q[1];
ry(pi*-0.010231350643) q[2];
ry(pi*-0.060253609439) q[3];
ry(pi*0.209278324262) q[4];
ry(pi*-0.002611969875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
