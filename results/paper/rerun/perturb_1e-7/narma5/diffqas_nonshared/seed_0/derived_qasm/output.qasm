// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002480544169) q[0];
rz(pi*0.006013895594) q[1];
rz(pi*-0.001548097505) q[2];
rz(pi*-0.002657184304) q[3];
rz(pi*0.002838183131) q[4];
rz(pi*0.005261737613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008646242792) q[0];
rz(pi*-0.000539804465) q[1];
rz(pi*0.003850401751) q[2];
rz(pi*0.008307122714) q[3];
rz(pi*-0.006441439348) q[4];
rz(pi*-0.006059264177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003945507392) q[0];
rz(pi*-0.00382267812) q[1];
rz(pi*0.000764444985) q[2];
rz(pi*-0.001748356339) q[3];
rz(pi*-0.001822099259) q[4];
rz(pi*0.002118193444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-7.0172115e-05) q[0];
rz(pi*-0.001664455736) q[1];
rz(pi*0.002955372754) q[2];
rz(pi*-0.00140163812) q[3];
rz(pi*0.004476639977) q[4];
rz(pi*-0.003692241369) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003827327629) q[0];
rz(pi*-0.000358076188) q[1];
rz(pi*0.004372249251) q[2];
rz(pi*-0.000990151461) q[3];
rz(pi*-0.003265201578) q[4];
rz(pi*-0.000156377722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
