// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.217556874018) q[0];
ry(pi*-0.399966353477) q[1];
ry(pi*0.052742146845) q[2];
ry(pi*-0.125590103364) q[3];
ry(pi*-0.054458763111) q[4];
ry(pi*-0.059269583137) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.175633912829) q[0];
ry(pi*-0.218791278928) q[1];
ry(pi*0.345530277029) q[2];
ry(pi*0.088639956264) q[3];
ry(pi*0.129436486449) q[4];
ry(pi*0.300577804407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.129041483329) q[0];
ry(pi*-0.132633546218) q[1];
ry(pi*0.119028577787) q[2];
ry(pi*0.03429912301) q[3];
ry(pi*0.115421251323) q[4];
ry(pi*-0.0421577774) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047465583809) q[0];
ry(pi*-0.674933794408) q[1];
ry(pi*-0.073683307627) q[2];
ry(pi*0.376226892651) q[3];
ry(pi*0.320600200394) q[4];
ry(pi*0.23049376457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094592418694) q[0];
ry(pi*0.220290581342) q[1];
ry(pi*-0.329468518013) q[2];
ry(pi*0.223834595748) q[3];
ry(pi*0.141625518719) q[4];
ry(pi*0.000361025042) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
