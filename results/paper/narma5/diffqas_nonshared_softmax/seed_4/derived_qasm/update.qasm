// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000976280678) q[0];
ry(pi*0.000115162726) q[1];
ry(pi*0.001082415859) q[2];
ry(pi*-0.000107763966) q[3];
ry(pi*0.000199140368) q[4];
ry(pi*0.043451495863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001212768863) q[0];
ry(pi*0.415105885172) q[1];
ry(pi*0.000186283145) q[2];
ry(pi*0.500741089439) q[3];
ry(pi*0.000274639268) q[4];
ry(pi*-0.000928829836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001743084879) q[0];
ry(pi*0.004273037493) q[1];
ry(pi*0.010521653842) q[2];
ry(pi*-0.037063957498) q[3];
ry(pi*-0.001482654569) q[4];
ry(pi*-0.013662802109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001761937417) q[0];
ry(pi*-0.000797362776) q[1];
ry(pi*-0.043937098597) q[2];
ry(pi*0.00278398896) q[3];
ry(pi*-0.408957842173) q[4];
ry(pi*0.008863035487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03634322313) q[0];
ry(pi*-0.005949444577) q[1];
ry(pi*-0.002882386965) q[2];
ry(pi*0.021123194809) q[3];
ry(pi*0.021747002152) q[4];
ry(pi*-0.004707755021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
