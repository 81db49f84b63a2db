// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.004445688607) q[0];
rx(pi*0.003029647504) q[1];
rx(pi*-0.000947313369) q[2];
rx(pi*-0.006249024263) q[3];
rx(pi*0.004640027351) q[4];
rx(pi*0.004087335796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.8096424e-05) q[0];
rx(pi*0.001447028492) q[1];
rx(pi*-0.001131950517) q[2];
rx(pi*0.000162093207) q[3];
rx(pi*0.000529283409) q[4];
rx(pi*-0.000735372213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002683807812) q[0];
rx(pi*-8.5509637e-05) q[1];
rx(pi*-0.001663498205) q[2];
rx(pi*0.000942168048) q[3];
rx(pi*-0.001657073558) q[4];
rx(pi*0.000425982468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.8289153e-05) q[0];
rx(pi*-0.001004011276) q[1];
rx(pi*0.005095966194) q[2];
rx(pi*-0.002081367637) q[3];
rx(pi*-0.004657258164) q[4];
rx(pi*0.005074332519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001943369208) q[0];
rx(pi*-0.003384379189) q[1];
rx(pi*-0.000793744243) q[2];
rx(pi*-0.002908564614) q[3];
rx(pi*0.0029852575) q[4];
rx(pi*0.002270626872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
