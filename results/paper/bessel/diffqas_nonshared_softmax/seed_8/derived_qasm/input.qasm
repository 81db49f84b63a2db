// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.073914547476) q[0];
ry(pi*0.330633634449) q[1];
ry(pi*-0.09316600009) q[2];
ry(pi*-0.028289967638) q[3];
ry(pi*-0.190640540428) q[4];
ry(pi*-0.008902555127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.163212113404) q[0];
ry(pi*0.482360557091) q[1];
ry(pi*0.160248038978) q[2];
ry(pi*0.032306415319) q[3];
ry(pi*0.015195133704) q[4];
ry(pi*0.021551267429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.199715110786) q[0];
ry(pi*0.132895559863) q[1];
ry(pi*-0.033712393159) q[2];
ry(pi*-0.009576630765) q[3];
ry(pi*0.05945123771) q[4];
ry(pi*0.015376592621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.301292963158) q[0];
ry(pi*0.003188170443) q[1];
ry(pi*-0.032942113832) q[2];
ry(pi*0.03673332891) q[3];
ry(pi*-0.042278999028) q[4];
ry(pi*0.028170939734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.263290264935) q[0];
ry(pi*0.052671482846) q[1];
ry(pi*-0.403275162729) q[2];
ry(pi*-0.502576778669) q[3];
ry(pi*-0.190159410519) q[4];
ry(pi*-0.003077101607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
