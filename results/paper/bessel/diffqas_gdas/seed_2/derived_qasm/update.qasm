// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005197117027) q[0];
rx(pi*0.003330215848) q[1];
rx(pi*-0.012691219557) q[2];
rx(pi*-0.501767135634) q[3];
rx(pi*-0.009360781372) q[4];
rx(pi*-0.003394334249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.312771266813) q[0];
rx(pi*-0.014966285608) q[1];
rx(pi*-0.003524365754) q[2];
rx(pi*0.011887547009) q[3];
rx(pi*-0.023278034115) q[4];
rx(pi*-2.8646278e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.989011e-05) q[0];
rx(pi*-0.008384221439) q[1];
rx(pi*0.002387908691) q[2];
rx(pi*-0.062464314001) q[3];
rx(pi*-0.014246619643) q[4];
rx(pi*0.005623266877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000211086826) q[0];
rx(pi*0.280931751842) q[1];
rx(pi*0.476071546576) q[2];
rx(pi*0.693429035988) q[3];
rx(pi*-0.025246719935) q[4];
rx(pi*-0.000333698801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230362321374) q[0];
rx(pi*-0.376953510943) q[1];
rx(pi*-0.015004984084) q[2];
rx(pi*-0.500827794896) q[3];
rx(pi*-0.007834885688) q[4];
rx(pi*-0.002661257516) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
