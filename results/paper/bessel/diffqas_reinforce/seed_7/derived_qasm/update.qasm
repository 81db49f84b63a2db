// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.561796036593) q[0];
ry(pi*-0.138998675396) q[1];
ry(pi*0.063172357972) q[2];
ry(pi*0.049914244572) q[3];
ry(pi*-0.018682210894) q[4];
ry(pi*-0.207074032489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.652321011232) q[0];
ry(pi*0.209551968202) q[1];
ry(pi*-0.06237190249) q[2];
ry(pi*0.004767362354) q[3];
ry(pi*0.018585087027) q[4];
ry(pi*0.203738680362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024313882106) q[0];
ry(pi*-0.035629311837) q[1];
ry(pi*-0.001528636357) q[2];
ry(pi*-0.142967688837) q[3];
ry(pi*-0.004996104323) q[4];
ry(pi*-0.026620837788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.204565152225) q[0];
ry(pi*0.032515760617) q[1];
ry(pi*0.419084735982) q[2];
ry(pi*-0.073892747788) q[3];
ry(pi*-0.027311030775) q[4];
ry(pi*0.04114636868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.195034666739) q[0];
ry(pi*-0.597568431407) q[1];
ry(pi*0.356705946385) q[2];
ry(pi*0.078269959895) q[3];
ry(pi*0.434070550476) q[4];
ry(pi*0.002311698572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
