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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.027932736886) q[0];
ry(pi*-0.3187810554) q[1];
ry(pi*-0.242302383762) q[2];
ry(pi*-0.076452963565) q[3];
ry(pi*-0.030188098553) q[4];
ry(pi*0.113114743872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084466748627) q[0];
ry(pi*-0.06764866474) q[1];
ry(pi*-0.017347505367) q[2];
ry(pi*-0.006719186145) q[3];
ry(pi*0.015847442858) q[4];
ry(pi*-0.013880768149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028099931854) q[0];
ry(pi*-0.143022510591) q[1];
ry(pi*0.027377485196) q[2];
ry(pi*0.002196032106) q[3];
ry(pi*-0.145510862342) q[4];
ry(pi*0.052578957499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062515787065) q[0];
ry(pi*0.04051007964) q[1];
ry(pi*-0.217493353259) q[2];
ry(pi*-0.317140311152) q[3];
ry(pi*-0.130250663971) q[4];
ry(pi*-0.129874671544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.153231328725) q[0];
ry(pi*-0.069037246942) q[1];
ry(pi*-0.065153402166) q[2];
ry(pi*-0.216957980264) q[3];
ry(pi*-0.257950157423) q[4];
ry(pi*0.000539198819) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
