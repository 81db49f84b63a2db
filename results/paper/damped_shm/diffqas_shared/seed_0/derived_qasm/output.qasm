// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000465220815) q[0];
ry(pi*0.039878989134) q[1];
ry(pi*0.000149995542) q[2];
ry(pi*0.003237520339) q[3];
ry(pi*9.878024e-05) q[4];
ry(pi*-0.282463725327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00229108824) q[0];
ry(pi*1.4941565e-05) q[1];
ry(pi*-0.021941593767) q[2];
ry(pi*0.007490596129) q[3];
ry(pi*-0.00373382726) q[4];
ry(pi*0.002047905639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.2054503e-05) q[0];
ry(pi*-1.1764539e-05) q[1];
ry(pi*-6.1141139e-05) q[2];
ry(pi*-8.2813431e-05) q[3];
ry(pi*0.004697970123) q[4];
ry(pi*0.000187106848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.189555185423) q[0];
ry(pi*-0.111078996503) q[1];
ry(pi*1.2258688e-05) q[2];
ry(pi*0.122512182964) q[3];
ry(pi*0.002318680247) q[4];
ry(pi*4.7604676e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.353213139425) q[0];
ry(pi*-0.415674005129) q[1];
ry(pi*-0.499825274908) q[2];
ry(pi*-0.500024299031) q[3];
ry(pi*-0.499995536345) q[4];
ry(pi*0.003707811769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
