// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.072857983616) q[0];
ry(pi*-0.022927244611) q[1];
ry(pi*0.330251599201) q[2];
ry(pi*-0.019575522561) q[3];
ry(pi*0.025053354434) q[4];
ry(pi*-0.15988934021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.144786293108) q[0];
ry(pi*0.343006560076) q[1];
ry(pi*0.048894805636) q[2];
ry(pi*0.522939393969) q[3];
ry(pi*0.072435128501) q[4];
ry(pi*-0.015753658194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.245057511319) q[0];
ry(pi*-0.133303018593) q[1];
ry(pi*0.130536706602) q[2];
ry(pi*-0.048931109989) q[3];
ry(pi*-0.033077434583) q[4];
ry(pi*-0.001419477987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110439415692) q[0];
ry(pi*-0.076513363307) q[1];
ry(pi*-0.578737865483) q[2];
ry(pi*0.000904551241) q[3];
ry(pi*-0.528492869001) q[4];
ry(pi*0.105885358604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.133737892943) q[0];
ry(pi*0.190955317285) q[1];
ry(pi*-0.06672795524) q[2];
ry(pi*-0.002128468669) q[3];
ry(pi*-0.998353421001) q[4];
ry(pi*0.006230278003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
