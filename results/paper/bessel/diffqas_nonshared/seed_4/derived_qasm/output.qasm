// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.13243832613) q[0];
ry(pi*-0.156959853102) q[1];
ry(pi*-0.326710525571) q[2];
ry(pi*-0.243149460029) q[3];
ry(pi*-0.012806445797) q[4];
ry(pi*-0.001548643268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074877310071) q[0];
ry(pi*-0.177912957228) q[1];
ry(pi*-0.205748691199) q[2];
ry(pi*-0.001909218262) q[3];
ry(pi*0.00099204051) q[4];
ry(pi*-0.000270898617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009084928886) q[0];
ry(pi*-0.205651152303) q[1];
ry(pi*0.091977015938) q[2];
ry(pi*-0.085943739089) q[3];
ry(pi*-0.068147676464) q[4];
ry(pi*0.000139722716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.083309164372) q[0];
ry(pi*-0.008127751393) q[1];
ry(pi*-0.086166782711) q[2];
ry(pi*-0.257589295762) q[3];
ry(pi*-0.198453157446) q[4];
ry(pi*0.004900998978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.197808899853) q[0];
ry(pi*-0.222228211146) q[1];
ry(pi*-0.119499386521) q[2];
ry(pi*-0.115948911895) q[3];
ry(pi*-0.220936053191) q[4];
ry(pi*-0.005427708245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
