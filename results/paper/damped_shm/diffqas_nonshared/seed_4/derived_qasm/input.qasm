// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.006713415465) q[0];
ry(pi*-0.00131809874) q[1];
ry(pi*0.012691046431) q[2];
ry(pi*0.01060908382) q[3];
ry(pi*-0.307841558807) q[4];
ry(pi*0.700476425174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013418487665) q[0];
ry(pi*0.009066822363) q[1];
ry(pi*-0.374996016672) q[2];
ry(pi*-0.005415297696) q[3];
ry(pi*-0.002577433545) q[4];
ry(pi*-0.026488685486) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092140949964) q[0];
ry(pi*0.20968018603) q[1];
ry(pi*-0.40834251802) q[2];
ry(pi*-0.009877492891) q[3];
ry(pi*-0.46434748892) q[4];
ry(pi*0.000642766454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.541660031792) q[0];
ry(pi*-0.064338679177) q[1];
ry(pi*0.001932630485) q[2];
ry(pi*0.072194696356) q[3];
ry(pi*-0.005070770978) q[4];
ry(pi*-0.031993322294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015879415495) q[0];
ry(pi*-0.200962341274) q[1];
ry(pi*-0.337980451538) q[2];
ry(pi*-0.500110587087) q[3];
ry(pi*-0.143623216242) q[4];
ry(pi*0.000539336742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
