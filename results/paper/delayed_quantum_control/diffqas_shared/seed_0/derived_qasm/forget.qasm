// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.015290708921) q[0];
rz(pi*-0.026369619636) q[1];
rz(pi*-0.0167989641) q[2];
rz(pi*0.005003052499) q[3];
rz(pi*0.052002195456) q[4];
rz(pi*0.049418320663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004190740531) q[0];
rz(pi*-0.011332768451) q[1];
rz(pi*-0.029462770408) q[2];
rz(pi*0.001460411542) q[3];
rz(pi*-0.072831967235) q[4];
rz(pi*0.013451340163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.010553450981) q[0];
rz(pi*-0.011968085137) q[1];
rz(pi*-0.015355331285) q[2];
rz(pi*0.031302460517) q[3];
rz(pi*-0.023579480245) q[4];
rz(pi*0.010467330122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01847047503) q[0];
rz(pi*-0.010593648304) q[1];
rz(pi*0.022776328261) q[2];
rz(pi*0.038590217815) q[3];
rz(pi*0.077926093073) q[4];
rz(pi*-0.141091843786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.019475638159) q[0];
rz(pi*0.008217524506) q[1];
rz(pi*-0.011054659986) q[2];
rz(pi*0.007646944021) q[3];
rz(pi*-0.043924946552) q[4];
rz(pi*0.000700683583) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
