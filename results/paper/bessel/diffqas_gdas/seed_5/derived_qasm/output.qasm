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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.015873002706) q[0];
rx(pi*-0.059223726006) q[1];
rx(pi*0.002571306533) q[2];
rx(pi*0.054246680994) q[3];
rx(pi*-0.004793806807) q[4];
rx(pi*0.002141070575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.034198121587) q[0];
rx(pi*0.060947746387) q[1];
rx(pi*-0.037190074095) q[2];
rx(pi*0.006792461268) q[3];
rx(pi*0.017002382786) q[4];
rx(pi*-0.008623915426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.011273169121) q[0];
rx(pi*0.01421968427) q[1];
rx(pi*0.002451793045) q[2];
rx(pi*-0.011628801419) q[3];
rx(pi*0.004845557348) q[4];
rx(pi*-0.011129447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.018007711927) q[0];
rx(pi*-0.014649471552) q[1];
rx(pi*0.006482176209) q[2];
rx(pi*0.020699908065) q[3];
rx(pi*0.024928207818) q[4];
rx(pi*0.015873376232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.017947229179) q[0];
rx(pi*-0.002794085129) q[1];
rx(pi*-0.015150959219) q[2];
rx(pi*-1.8622346e-05) q[3];
rx(pi*-0.00192497928) q[4];
rx(pi*-0.000672279749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
