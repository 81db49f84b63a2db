// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.416226301815) q[0];
ry(pi*-0.040252984679) q[1];
ry(pi*0.287694929267) q[2];
ry(pi*0.086035330029) q[3];
ry(pi*0.379440610492) q[4];
ry(pi*0.190733791483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02679845828) q[0];
ry(pi*0.022920179634) q[1];
ry(pi*-0.441285658752) q[2];
ry(pi*0.025241412309) q[3];
ry(pi*-0.198959862619) q[4];
ry(pi*0.163702767633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078248440056) q[0];
ry(pi*0.014391269057) q[1];
ry(pi*0.030038183015) q[2];
ry(pi*0.068691340549) q[3];
ry(pi*-0.189340300083) q[4];
ry(pi*-0.059481537188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.465199441183) q[0];
ry(pi*-0.450453252492) q[1];
ry(pi*0.018862628681) q[2];
ry(pi*0.441527030048) q[3];
ry(pi*-0.350857672799) q[4];
ry(pi*-0.041501154318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.511039231269) q[0];
ry(pi*-0.052196367299) q[1];
ry(pi*-0.40710086552) q[2];
ry(pi*-0.210787568395) q[3];
ry(pi*0.292508106657) q[4];
ry(pi*0.007869876771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
