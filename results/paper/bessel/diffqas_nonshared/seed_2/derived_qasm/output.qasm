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
ry(pi*-0.607298377389) q[0];
ry(pi*-0.077725712398) q[1];
ry(pi*0.086349461812) q[2];
ry(pi*-0.113506056793) q[3];
ry(pi*0.491792441207) q[4];
ry(pi*-0.105999337386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007076691409) q[0];
ry(pi*0.129467611242) q[1];
ry(pi*-0.230872934933) q[2];
ry(pi*0.013836475084) q[3];
ry(pi*0.284962075716) q[4];
ry(pi*0.036476544628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.482757732591) q[0];
ry(pi*-0.266038163874) q[1];
ry(pi*-0.133501843502) q[2];
ry(pi*0.070283111392) q[3];
ry(pi*0.026039873281) q[4];
ry(pi*-0.033945290751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011233948894) q[0];
ry(pi*0.073196044777) q[1];
ry(pi*-0.21467772161) q[2];
ry(pi*-0.49325114194) q[3];
ry(pi*0.085574690688) q[4];
ry(pi*-0.08639954038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.129666635365) q[0];
ry(pi*-0.108242978637) q[1];
ry(pi*-0.068549998322) q[2];
ry(pi*-0.095192583622) q[3];
ry(pi*0.034853992874) q[4];
ry(pi*2.400236e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
