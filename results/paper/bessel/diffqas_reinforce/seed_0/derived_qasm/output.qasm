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
ry(pi*-0.04171912273) q[0];
ry(pi*0.081323438653) q[1];
ry(pi*0.131790938033) q[2];
ry(pi*-0.221049946596) q[3];
ry(pi*-0.075372076642) q[4];
ry(pi*-0.389084268418) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049175099524) q[0];
ry(pi*0.104552817156) q[1];
ry(pi*-0.220649963129) q[2];
ry(pi*-0.190186086202) q[3];
ry(pi*-0.144449318136) q[4];
ry(pi*-0.17884431044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.255091533528) q[0];
ry(pi*-0.004141159406) q[1];
ry(pi*-0.083999117828) q[2];
ry(pi*0.423113598955) q[3];
ry(pi*0.284931681375) q[4];
ry(pi*0.3369307653) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.175815614834) q[0];
ry(pi*-0.449873407377) q[1];
ry(pi*0.194683158643) q[2];
ry(pi*-0.126089807592) q[3];
ry(pi*0.135176672291) q[4];
ry(pi*-0.025550596949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033995573276) q[0];
ry(pi*0.101576495821) q[1];
ry(pi*0.11783942288) q[2];
ry(pi*-0.435892010146) q[3];
ry(pi*0.063222887142) q[4];
ry(pi*0.003707830149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
