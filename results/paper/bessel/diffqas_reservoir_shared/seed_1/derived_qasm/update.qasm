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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.235272639232) q[0];
ry(pi*0.182113903022) q[1];
ry(pi*1.446929585727) q[2];
ry(pi*0.044266342174) q[3];
ry(pi*1.955818749336) q[4];
ry(pi*0.731147844988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.281808596349) q[0];
ry(pi*1.603460218358) q[1];
ry(pi*1.761252614601) q[2];
ry(pi*0.073935014327) q[3];
ry(pi*1.28720439773) q[4];
ry(pi*0.26360585762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.729571437327) q[0];
ry(pi*0.644159162846) q[1];
ry(pi*0.459264538031) q[2];
ry(pi*0.500903230541) q[3];
ry(pi*0.189984880213) q[4];
ry(pi*1.251312512552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.664332657797) q[0];
ry(pi*1.372286546401) q[1];
ry(pi*1.982350695058) q[2];
ry(pi*0.026996811243) q[3];
ry(pi*1.412651294794) q[4];
ry(pi*0.680667586434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.673890548785) q[0];
ry(pi*1.264543499666) q[1];
ry(pi*1.597534649798) q[2];
ry(pi*1.997688264294) q[3];
ry(pi*1.184317919059) q[4];
ry(pi*0.276879021152) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
