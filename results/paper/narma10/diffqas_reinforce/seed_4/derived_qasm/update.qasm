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
ry(pi*0.005682671736) q[0];
ry(pi*0.000355788897) q[1];
ry(pi*0.010878432805) q[2];
ry(pi*-0.008385445181) q[3];
ry(pi*-0.005323036782) q[4];
ry(pi*0.04978514451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003037936816) q[0];
ry(pi*0.031687770935) q[1];
ry(pi*-0.012762704127) q[2];
ry(pi*0.498607641906) q[3];
ry(pi*-0.000310208872) q[4];
ry(pi*-0.001153367117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023925389009) q[0];
ry(pi*-0.020475251759) q[1];
ry(pi*0.087109908513) q[2];
ry(pi*-0.167370503326) q[3];
ry(pi*-0.001566450822) q[4];
ry(pi*-0.03045458028) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006438503316) q[0];
ry(pi*-0.369362590481) q[1];
ry(pi*0.001210829048) q[2];
ry(pi*0.377135421647) q[3];
ry(pi*-0.005493109678) q[4];
ry(pi*-0.009426807127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077814713558) q[0];
ry(pi*0.002080644745) q[1];
ry(pi*-0.014274666107) q[2];
ry(pi*0.02972157766) q[3];
ry(pi*-0.0014519494) q[4];
ry(pi*-0.001423383112) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
