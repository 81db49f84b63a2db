// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062379335064) q[0];
ry(pi*0.309534079683) q[1];
ry(pi*0.026939755447) q[2];
ry(pi*0.250218990411) q[3];
ry(pi*-0.008056428091) q[4];
ry(pi*-0.006635946772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.280262526112) q[0];
ry(pi*-0.356284068367) q[1];
ry(pi*0.059675704288) q[2];
ry(pi*0.011425994604) q[3];
ry(pi*0.002146970952) q[4];
ry(pi*0.001876276681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.504888190575) q[0];
ry(pi*0.084524549103) q[1];
ry(pi*0.102220876737) q[2];
ry(pi*0.331696715448) q[3];
ry(pi*-0.001588278375) q[4];
ry(pi*-0.000540420264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.15253226835) q[0];
ry(pi*0.158887588618) q[1];
ry(pi*-0.053757620477) q[2];
ry(pi*0.052849025076) q[3];
ry(pi*-0.016102928692) q[4];
ry(pi*-0.004424462846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.154118712594) q[0];
ry(pi*0.246201416223) q[1];
ry(pi*0.391669722692) q[2];
ry(pi*0.153491217423) q[3];
ry(pi*0.492579127217) q[4];
ry(pi*-0.001212445511) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
