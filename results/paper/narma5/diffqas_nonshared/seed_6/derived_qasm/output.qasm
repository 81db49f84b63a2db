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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.185770463767) q[0];
rx(pi*0.016998086645) q[1];
rx(pi*-0.000397927332) q[2];
rx(pi*-0.004755820698) q[3];
rx(pi*-0.000517630659) q[4];
rx(pi*-0.001679124634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.182254225464) q[0];
rx(pi*0.023773196742) q[1];
rx(pi*0.000283465728) q[2];
rx(pi*0.001468971067) q[3];
rx(pi*-0.000429620974) q[4];
rx(pi*0.000770227745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.181370019531) q[0];
rx(pi*0.02171239586) q[1];
rx(pi*-0.000285371358) q[2];
rx(pi*-0.006754195608) q[3];
rx(pi*0.005496977154) q[4];
rx(pi*-0.004825482106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.18586756629) q[0];
rx(pi*0.021150005673) q[1];
rx(pi*0.000441981978) q[2];
rx(pi*-0.005714529351) q[3];
rx(pi*0.000579405259) q[4];
rx(pi*0.00170260919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.180517972405) q[0];
rx(pi*0.019406473007) q[1];
rx(pi*0.002236405668) q[2];
rx(pi*-0.001963704288) q[3];
rx(pi*0.001572480302) q[4];
rx(pi*0.003152132006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
