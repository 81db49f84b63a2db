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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.228765347255) q[0];
ry(pi*0.400891882055) q[1];
ry(pi*0.250541811713) q[2];
ry(pi*0.004623535883) q[3];
ry(pi*0.450004888519) q[4];
ry(pi*-0.010960182817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046349530898) q[0];
ry(pi*0.549797101769) q[1];
ry(pi*-0.043940447287) q[2];
ry(pi*0.222490756028) q[3];
ry(pi*-0.455809183275) q[4];
ry(pi*0.06440760717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11156311462) q[0];
ry(pi*-0.073246075913) q[1];
ry(pi*-0.067233460386) q[2];
ry(pi*-0.170390623249) q[3];
ry(pi*-0.032153912373) q[4];
ry(pi*-0.537053334815) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110242990835) q[0];
ry(pi*0.461737521856) q[1];
ry(pi*0.022554717082) q[2];
ry(pi*-0.228638514437) q[3];
ry(pi*-0.257394255916) q[4];
ry(pi*-0.106785605996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00669744219) q[0];
ry(pi*0.59027743214) q[1];
ry(pi*0.178468801817) q[2];
ry(pi*0.588860661179) q[3];
ry(pi*-0.497202102811) q[4];
ry(pi*0.000705777765) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
