// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.415663987519) q[0];
ry(pi*0.595243814468) q[1];
ry(pi*0.150136332853) q[2];
ry(pi*0.174680247667) q[3];
ry(pi*-0.211893262185) q[4];
ry(pi*0.147203800619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.239894059061) q[0];
ry(pi*0.136689464329) q[1];
ry(pi*-0.250448617576) q[2];
ry(pi*0.182790338396) q[3];
ry(pi*0.020491179381) q[4];
ry(pi*-0.008761540773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008946331778) q[0];
ry(pi*0.173126986758) q[1];
ry(pi*-0.162601551411) q[2];
ry(pi*0.249175033942) q[3];
ry(pi*0.326090534122) q[4];
ry(pi*0.660355893989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.118310013428) q[0];
ry(pi*0.307756067606) q[1];
ry(pi*0.239816100041) q[2];
ry(pi*-0.327957224822) q[3];
ry(pi*0.218936382503) q[4];
ry(pi*-0.190444817562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.126983964732) q[0];
ry(pi*-0.170319266745) q[1];
ry(pi*-0.472110530149) q[2];
ry(pi*-0.502907701334) q[3];
ry(pi*0.489066322981) q[4];
ry(pi*-0.003585291397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
