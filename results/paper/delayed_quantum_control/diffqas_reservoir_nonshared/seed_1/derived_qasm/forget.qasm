// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.473247984319) q[0];
rz(pi*0.070126885044) q[1];
rz(pi*1.540417875882) q[2];
rz(pi*1.900709292127) q[3];
rz(pi*0.452495706727) q[4];
rz(pi*0.325302747693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.695208376158) q[0];
rz(pi*0.165532006129) q[1];
rz(pi*1.299465801546) q[2];
rz(pi*0.737105060091) q[3];
rz(pi*1.124957124437) q[4];
rz(pi*1.811699936465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.723158676434) q[0];
rz(pi*1.843353765154) q[1];
rz(pi*1.870115508796) q[2];
rz(pi*1.17963870824) q[3];
rz(pi*1.004600539688) q[4];
rz(pi*0.075230331244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.204882623212) q[0];
rz(pi*1.04784679311) q[1];
rz(pi*1.712016664732) q[2];
rz(pi*0.865269158189) q[3];
rz(pi*0.007458724285) q[4];
rz(pi*0.424606222962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.519940816969) q[0];
rz(pi*0.316835969306) q[1];
rz(pi*0.399152688219) q[2];
rz(pi*0.571072116505) q[3];
rz(pi*1.218566764287) q[4];
rz(pi*1.672811075332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
