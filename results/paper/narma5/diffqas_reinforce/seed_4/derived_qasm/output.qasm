// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001629172502) q[0];
ry(pi*1.8053181e-05) q[1];
ry(pi*0.002652424812) q[2];
ry(pi*-0.001564541096) q[3];
ry(pi*0.002465086419) q[4];
ry(pi*0.000952013126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001405258506) q[0];
ry(pi*0.002985707806) q[1];
ry(pi*0.008633339545) q[2];
ry(pi*-0.001625719314) q[3];
ry(pi*-0.003795303706) q[4];
ry(pi*-0.004559462543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005813994574) q[0];
ry(pi*-0.002226460687) q[1];
ry(pi*9.7427199e-05) q[2];
ry(pi*-0.001669529612) q[3];
ry(pi*0.001784849826) q[4];
ry(pi*-0.002300488495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000944130912) q[0];
ry(pi*0.000902980653) q[1];
ry(pi*-0.000586550536) q[2];
ry(pi*-0.004441620435) q[3];
ry(pi*0.001547460287) q[4];
ry(pi*-0.00311014739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03986603549) q[0];
ry(pi*0.025786681963) q[1];
ry(pi*-0.004736764352) q[2];
ry(pi*-0.192334256587) q[3];
ry(pi*0.057130718885) q[4];
ry(pi*-0.004117927276) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
