// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.001145309628) q[0];
rz(pi*-8.9297655e-05) q[1];
rz(pi*0.001753265389) q[2];
rz(pi*-0.00178189156) q[3];
rz(pi*0.000997594707) q[4];
rz(pi*0.001670972282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345157584) q[0];
rz(pi*0.002196033884) q[1];
rz(pi*0.001684947637) q[2];
rz(pi*-0.001176402627) q[3];
rz(pi*-0.00072343754) q[4];
rz(pi*0.000235412705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606188849) q[0];
rz(pi*-0.000799167484) q[1];
rz(pi*-0.00342018521) q[2];
rz(pi*0.000222386487) q[3];
rz(pi*0.00224539875) q[4];
rz(pi*0.001938112571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002764690414) q[0];
rz(pi*0.001686285068) q[1];
rz(pi*0.001843905616) q[2];
rz(pi*-0.003077268211) q[3];
rz(pi*0.001562182102) q[4];
rz(pi*-0.00066933675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001303870217) q[0];
rz(pi*0.000635015494) q[1];
rz(pi*-0.000782120471) q[2];
rz(pi*-0.007249460807) q[3];
rz(pi*0.00056314617) q[4];
rz(pi*-0.003692572206) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
