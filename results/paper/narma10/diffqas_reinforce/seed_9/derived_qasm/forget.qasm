// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.009077448287) q[0];
rx(pi*-0.009051859387) q[1];
rx(pi*0.006413691705) q[2];
rx(pi*-0.00356867542) q[3];
rx(pi*-0.000921636645) q[4];
rx(pi*0.001819254829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001649206834) q[0];
rx(pi*0.003542587299) q[1];
rx(pi*-0.003031380546) q[2];
rx(pi*0.001770414085) q[3];
rx(pi*-0.006618963198) q[4];
rx(pi*0.002275245995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001552620133) q[0];
rx(pi*0.001140950121) q[1];
rx(pi*0.000939050366) q[2];
rx(pi*0.000851555613) q[3];
rx(pi*0.002766054673) q[4];
rx(pi*0.003063582042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003459669277) q[0];
rx(pi*0.003113325918) q[1];
rx(pi*-0.003037043614) q[2];
rx(pi*0.000506642622) q[3];
rx(pi*-0.000779923263) q[4];
rx(pi*0.001529697645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001633722256) q[0];
rx(pi*0.001290045309) q[1];
rx(pi*-0.001546170437) q[2];
rx(pi*-0.003057893182) q[3];
rx(pi*0.003414371249) q[4];
rx(pi*0.00182247901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
