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
ry(pi*0.139052463136) q[0];
ry(pi*0.173198476072) q[1];
ry(pi*-0.211759011023) q[2];
ry(pi*-0.025531154625) q[3];
ry(pi*0.010795676051) q[4];
ry(pi*-0.031558466916) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195060147139) q[0];
ry(pi*0.101506144872) q[1];
ry(pi*0.039507858473) q[2];
ry(pi*-0.024635804574) q[3];
ry(pi*-0.144049021619) q[4];
ry(pi*-0.00563500923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102469343841) q[0];
ry(pi*0.062247991475) q[1];
ry(pi*-0.5113384315) q[2];
ry(pi*-0.091434727377) q[3];
ry(pi*-0.034348105901) q[4];
ry(pi*0.003387189527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.243822138798) q[0];
ry(pi*0.282059776556) q[1];
ry(pi*0.233476356399) q[2];
ry(pi*0.085347169497) q[3];
ry(pi*0.133607588112) q[4];
ry(pi*-0.008429923824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.554628322241) q[0];
ry(pi*0.350975569453) q[1];
ry(pi*0.113117001629) q[2];
ry(pi*0.541815115032) q[3];
ry(pi*0.483757899958) q[4];
ry(pi*-0.000158923331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
